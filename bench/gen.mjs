import { writeCorpus } from './corpus.mjs';
writeCorpus(process.argv[2], Number(process.argv[3] ?? 500));
