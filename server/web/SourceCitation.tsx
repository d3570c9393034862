// A signal's sources as official citations: the one place the pages render sources.
import type { Source } from '../../utils/contract/api';

function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <cite>
        {source.url ? (
          <a class="utrecht-link" href={source.url} rel="noopener noreferrer">
            {source.citation}
          </a>
        ) : (
          source.citation
        )}
      </cite>
      {source.detail && `, ${source.detail}`}
    </>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 1) return <SourceCitation source={sources[0]!} />;
  return (
    <ul class="utrecht-unordered-list">
      {sources.map((source, i) => (
        <li key={i} class="utrecht-unordered-list__item">
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}
