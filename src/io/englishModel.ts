import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * wink-nlp's English model (the `wink-eng-lite-web-model` package, read from inside its own
 * folder, never from a name a user gives), read with less work than
 * the package's own entry point does: that one parses the 3 MB core model when it is required,
 * then copies it through a JSON string before unpacking it. Here the core model is parsed once
 * from its file and unpacked in place, with the same steps as the package's `read-core-model`
 * and `load-core-model`: the model is the same, so every tag and lemma is. The other parts of
 * the model are the package's own modules.
 */

interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<
    string,
    {
      list: Array<string | Set<number>>;
      hash?: Record<string, number>;
      intrinsicSize?: number;
      index?: number;
      maxIndex?: number;
    }
  >;
}

const PACKAGE = 'wink-eng-lite-web-model';

/** Base64 text as 32-bit words, in a buffer of their own. */
function wordsOf(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

function loadCoreModel(path: string): CoreModel {
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = wordsOf(model.lexicon as string);
  model.xpansions = wordsOf(model.xpansions as string);
  const indexed = (name: string) => {
    const feature = features[name]!;
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k++) hash[feature.list[k] as string] = k;
    feature.hash = hash;
  };
  for (const name in packing.layout) if (packing.layout[name]![3] === 0) indexed(name);
  indexed('lexeme');
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The English model, as `require('wink-eng-lite-web-model')` gives it. */
export function englishModel(): unknown {
  const require = createRequire(import.meta.url);
  const part = (name: string): unknown => require(`${PACKAGE}/dist/${name}.js`);
  const corePath = require.resolve(`${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`);
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => loadCoreModel(corePath);
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer');
  addons.lemmatize = part('lemmatize');
  addons.readabilityStats = part('readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
