/**
 * The section kinds a story is written in, as the newsletter's anatomy defines them.
 * Story blocks, the story rules and the demo content are all derived from this list.
 */
export const sectionKinds = [
  { slug: 'whatsNew', label: "What's new", interfaceName: 'WhatsNewSection' },
  { slug: 'keyInsight', label: 'Key insight', interfaceName: 'KeyInsightSection' },
  { slug: 'howItWorks', label: 'How it works', interfaceName: 'HowItWorksSection' },
  { slug: 'results', label: 'Results', interfaceName: 'ResultsSection' },
  { slug: 'behindTheNews', label: 'Behind the news', interfaceName: 'BehindTheNewsSection' },
  { slug: 'whyItMatters', label: 'Why it matters', interfaceName: 'WhyItMattersSection' },
  { slug: 'wereThinking', label: "We're thinking", interfaceName: 'WereThinkingSection' },
] as const

/** A section with a heading of the editor's choosing; unlike the named kinds it may repeat. */
export const genericSection = {
  slug: 'section',
  label: 'Section',
  interfaceName: 'GenericSection',
} as const

export type NamedSectionKind = (typeof sectionKinds)[number]['slug']
export type SectionKind = NamedSectionKind | typeof genericSection.slug

/** The printed name of a section kind, e.g. "Why it matters" for `whyItMatters`. */
export const labelOfKind = (kind: string): string =>
  sectionKinds.find((named) => named.slug === kind)?.label ??
  (kind === genericSection.slug ? genericSection.label : kind)
