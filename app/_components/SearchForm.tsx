import { MAX_QUERY_LENGTH } from '@/lib/search/limits';

type SearchFormProps = {
  defaultValue?: string;
  className?: string;
  id?: string;
  /** The header's form: a magnifier for a button (still named "Search"), to fit one row. */
  compact?: boolean;
};

/** A plain GET form: search works the same with or without JavaScript. */
export function SearchForm({
  defaultValue,
  className = '',
  id = 'site-search',
  compact = false,
}: SearchFormProps) {
  return (
    <form role="search" action="/search" className={`flex min-w-0 gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search topics
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search topics…"
        className="min-w-0 grow rounded-md border border-line bg-canvas px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <button
        type="submit"
        className={`shrink-0 rounded-md bg-accent text-sm font-medium text-on-accent ${compact ? 'px-2 py-1.5' : 'px-3 py-1.5'}`}
      >
        {compact ? (
          <>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path
                d="m13 13 4.5 4.5"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            <span className="sr-only">Search</span>
          </>
        ) : (
          'Search'
        )}
      </button>
    </form>
  );
}
