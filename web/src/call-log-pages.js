// The pages of a call listing: the first page for the path and query, then "Load more" pages
// from the box's `next_start_key` until it gives none (no silent cap on the rows shown).
import { useState, useEffect } from 'preact/hooks';
import { call, acct } from './api.js';

const PAGE_SIZE = 50;

/** `{rows, more, loadMore, loading, error, fields}`; `fields`: a 400's messages by parameter. */
export function useCallPages(path, query) {
  const [state, setState] = useState({ rows: null, next: null, error: '', fields: {} });
  const [loading, setLoading] = useState(false);
  const fetchPage = (start) =>
    call('GET', acct(`${path}?${query}&page_size=${PAGE_SIZE}${start ? `&start_key=${encodeURIComponent(start)}` : ''}`));
  const failed = (e) => ({ rows: [], next: null, error: Object.keys(e.fields || {}).length ? '' : e.message, fields: e.fields || {} });
  useEffect(() => {
    // A newer query replaces an answer still on its way.
    let current = true;
    setState({ rows: null, next: null, error: '', fields: {} });
    fetchPage(null).then(
      (body) => current && setState({ rows: body.data, next: body.next_start_key || null, error: '', fields: {} }),
      (e) => current && setState(failed(e))
    );
    return () => (current = false);
  }, [path, query]);
  async function loadMore() {
    setLoading(true);
    try {
      const start = state.next;
      const body = await fetchPage(start);
      // Only onto the rows of the query the page belongs to (the filters may have changed).
      setState((s) => (s.next === start ? { ...s, rows: [...s.rows, ...body.data], next: body.next_start_key || null } : s));
    } catch (e) {
      setState((s) => ({ ...s, error: e.message }));
    } finally {
      setLoading(false);
    }
  }
  return { ...state, more: !!state.next, loadMore, loading };
}
