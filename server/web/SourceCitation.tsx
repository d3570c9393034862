// A signal's source as a citation: the one place the pages render sources, so a change in the source's shape
// (structured citations) touches only this component.
import type { Source } from '../../utils/contract/api';

/**
 * The reference without the seed's internal file names ("seed 001_….txt (26 448 nr. 650)" → "26 448 nr. 650"):
 * readers get the official citation only.
 */
export function citableReference(reference: string): string {
  const cleaned = reference
    .replace(/seed \d{3}_[0-9a-f]+\.txt\s*(?:\(([^()]*)\))?/g, (_whole, inner: string | undefined) => inner ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('; ');
  return cleaned || reference;
}

export function SourceCitation({ source }: { source: Source }) {
  const reference = citableReference(source.reference);
  return (
    <cite>
      {source.url ? (
        <a class="utrecht-link" href={source.url} rel="noopener noreferrer">
          {reference}
        </a>
      ) : (
        reference
      )}
    </cite>
  );
}
