import { createRequire } from "node:module";

/**
 * The lower-case words of three letters or more in the English model wink-nlp ships (84,583 of its
 * 87,593 lexemes): the dictionary the gazetteer build checks place keys against (scripts/build-gazetteer.ts)
 * and the tests measure false matches over. Read from the package's JSON; never loaded by the extractor.
 */
export function englishWords(): string[] {
  const model = createRequire(import.meta.url)("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json") as {
    features: { lexeme: { list: string[] } };
  };
  return model.features.lexeme.list.filter((word) => /^[a-z]{3,}$/.test(word));
}
