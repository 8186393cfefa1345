import fc from 'fast-check';

const seed = Number(process.env['FC_SEED'] ?? 20261122);
fc.configureGlobal({ seed, numRuns: Number(process.env['FC_RUNS'] ?? 200) });
