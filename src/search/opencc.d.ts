// opencc-js publishes its dictionaries as plain modules without types (its package.json maps
// "./*" to them); these are the two groups the search page loads (see src/scripts/search.ts).
declare module 'opencc-js/from/tw' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
