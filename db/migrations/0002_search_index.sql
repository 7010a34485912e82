-- Full-text search over article sentences, events, places and actors (db/queries/search.ts
-- keeps it current). unicode61 with diacritics removed: "Turkiye" finds "Türkiye".
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `ref` UNINDEXED,
  `label` UNINDEXED,
  `text`,
  tokenize = 'unicode61 remove_diacritics 2'
);
