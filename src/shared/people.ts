/** A person as a user record gives them: their name if they have one, else their address. */
export interface Person {
  email?: string | null
  id: number | string
  name?: string | null
}

/** How the desk names a person everywhere it shows one; a user since deleted is said to be gone. */
export const personLabel = (person: Person | null | undefined): string =>
  person?.name || person?.email || 'a former user'
