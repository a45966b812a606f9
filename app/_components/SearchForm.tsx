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
    <form role="search" action="/search" className={`search-form ${className}`.trimEnd()}>
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
      />
      {/* Styled by `.search-form` in globals.css; the magnifier is drawn by `.search-icon`. */}
      {compact ? (
        <button type="submit" className="search-icon">
          <span className="sr-only">Search</span>
        </button>
      ) : (
        <button type="submit">Search</button>
      )}
    </form>
  );
}
