// Loading what search needs in the browser, shared by a district site and the portal.

/** A load shared by every search, forgotten when it fails so the next search tries again. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}：${response.status}`);
  return (await response.json()) as T;
}

/**
 * Traditional (Taiwan, Hong Kong variants) to simplified, words then characters: the
 * dictionaries opencc-js's t2cn preset uses, loaded only when a query holds Chinese.
 */
export const loadConverter = once(async () => {
  const [{ ConverterFactory }, tw, cn] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/tw'),
    import('opencc-js/to/cn'),
  ]);
  return ConverterFactory(tw.default, cn.default);
});
