/**
 * A preview link opened in a browser: the issue as a plain, readable HTML page rendered on the
 * server (its letter, stories with their sections, sponsor blocks), and a page that says why when
 * the link no longer opens. Programs asking for JSON keep getting the site's JSON shape.
 */
import escapeHTML from 'escape-html'
import { APIError, type PayloadRequest } from 'payload'

import { figureHTML } from './figure'
import type { SiteIssue, SiteIssueBlock } from './shape'

/** Whether the caller, a browser following the link, asked for a page rather than data. */
export const wantsHTML = (req: PayloadRequest): boolean =>
  /\btext\/html\b/.test(req.headers.get('accept') ?? '')

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHTML(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
header p,.note{font:14px/1.4 system-ui,sans-serif;color:#555}.note{background:#fff6d6;padding:.5rem .75rem;border-radius:4px}
img{max-width:100%;height:auto}article,aside{border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}
aside{font:16px/1.5 system-ui,sans-serif;background:#f6f6f6;padding:1rem}</style></head>
<body>${body}</body></html>`

const blockHTML = (block: SiteIssueBlock): string => {
  if (block.kind === 'sponsor') {
    const { sponsor } = block
    return `<aside><p><small>${escapeHTML(sponsor.disclosure)}</small></p><h3>${escapeHTML(sponsor.headline ?? sponsor.name)}</h3><p>${escapeHTML(block.copy ?? sponsor.copy ?? '')}</p></aside>`
  }
  const { story } = block
  const sections = story.sections
    .map((section) => `<section><h3>${escapeHTML(section.heading)}</h3>${section.html}</section>`)
    .join('')
  return `<article><h2>${escapeHTML(story.headline)}</h2>${story.dek ? `<p><em>${escapeHTML(story.dek)}</em></p>` : ''}${story.heroFigure ? figureHTML(story.heroFigure) : ''}${sections}</article>`
}

export const previewPageHTML = (issue: SiteIssue): string =>
  page(
    `Preview: ${issue.title}`,
    `<p class="note">A preview shared by the desk: the issue as it stands now, drafts included. It may change before readers see it.</p>
<header><p>Issue ${issue.number}${issue.publishDate ? ` · ${escapeHTML(new Date(issue.publishDate).toUTCString().slice(0, 16))}` : ''}</p><h1>${escapeHTML(issue.title)}</h1></header>
${issue.letterHtml}${issue.layout.map(blockHTML).join('\n')}`,
  )

/** The page for a link that does not open, with the refusal's status and its reason in words. */
export function previewRefusalPage(error: unknown): Response {
  if (!(error instanceof APIError) || error.status >= 500) throw error
  const reason = error.message.replace(/^token: /, '')
  return new Response(
    page(
      'Preview unavailable',
      `<h1>This preview is not available</h1><p>${escapeHTML(reason.charAt(0).toUpperCase() + reason.slice(1))}</p>`,
    ),
    { headers: htmlHeaders, status: error.status },
  )
}

export const htmlHeaders = {
  'Cache-Control': 'private, no-store',
  'Content-Type': 'text/html; charset=utf-8',
}
