/**
 * The names the page gives a scope it adds, in English (the editor area's `names`, in a file of
 * its own so the page's state says them without the rest of the editor's words). Written into the
 * scenario, and so into its link, as if the reader had typed them.
 */
export const SCOPE_NAMES = {
  added: (number: number) => `Scope ${number}`,
  copy: (label: string) => `${label} (copy)`,
};
