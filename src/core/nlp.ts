// The only module that imports compromise. It is loaded lazily (about 250 ms for the full
// package), so nothing waits for it: the rule and gazetteer paths find leaders on their own and,
// once a caller has loaded it, compromise only confirms the few leftover capitalised word pairs
// that no rule explains ("the death of Alexei Navalny"). Tagging runs on those short phrases, never
// on the whole readout (full tagging is ~130 KB/s, tens of milliseconds per readout).

/** What the analysis core asks of compromise. */
export interface Nlp {
  /** True when compromise's lexicon and tagger read the phrase as a person's name. */
  isPersonName(phrase: string): boolean;
}

type Compromise = (text: string) => { has(match: string): boolean; terms(): { length: number } };

let loading: Promise<Nlp> | null = null;

/** Loads compromise once (dynamic import) and wraps it; later calls share the same promise. */
export function loadNlp(): Promise<Nlp> {
  loading ??= import('compromise').then((mod) => {
    const nlp = ((mod as { default?: unknown }).default ?? mod) as Compromise;
    return wrap(nlp);
  });
  return loading;
}

function wrap(nlp: Compromise): Nlp {
  const cache = new Map<string, boolean>();
  return {
    isPersonName(phrase: string): boolean {
      const key = phrase.normalize('NFC');
      let known = cache.get(key);
      if (known === undefined) {
        const doc = nlp(key);
        // Every word must be part of the person: "Operation Aspides" has a noun first.
        known = doc.has('^#Person+$');
        if (cache.size > 5000) cache.clear();
        cache.set(key, known);
      }
      return known;
    },
  };
}
