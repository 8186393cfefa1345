import { sha256Hex } from '../artifacts/index.js';

export interface SignatureFacts {
  readonly host: {
    readonly platform: string;
    readonly arch: string;
    readonly nodeVersion: string;
    env(name: string): string | undefined;
  };
  /** Lock file name → its bytes. */
  readonly lockFiles: Readonly<Record<string, Uint8Array>>;
  readonly now: Date;
}

/** The environment signature: what the tests ran on. Variables are recorded by presence only. */
export function environmentSignature(f: SignatureFacts): Record<string, unknown> {
  const seed = f.host.env('TPR_SEED');
  return {
    os: f.host.platform,
    arch: f.host.arch,
    runner: {
      os: f.host.env('RUNNER_OS') ?? null,
      arch: f.host.env('RUNNER_ARCH') ?? null,
      image: f.host.env('ImageOS') ?? null,
      image_version: f.host.env('ImageVersion') ?? null,
    },
    runtimes: { node: f.host.nodeVersion },
    lock_files: Object.keys(f.lockFiles)
      .sort()
      .map((name) => ({ file: name, sha256: sha256Hex(f.lockFiles[name]!) })),
    seed: {
      variable: 'TPR_SEED',
      present: seed !== undefined && seed !== '',
      integer: seed !== undefined && /^-?\d+$/.test(seed.trim()),
    },
    captured_at: f.now.toISOString(),
  };
}
