import { compareCodeUnits } from './canonical.js';
import { sha256Hex } from './hash.js';
import { sealJsonBytes } from './json-artifact.js';
import { MANIFEST_NAME, renderManifest, UNSEALED_JSON } from './manifest.js';

export interface ArtifactFile {
  readonly name: string;
  /** The file's exact bytes. Not copied on the way out: do not mutate. */
  readonly bytes: Uint8Array;
  /** sha256 of `bytes`: what the manifest lists. */
  readonly sha256: string;
}

export interface AddedArtifact {
  readonly name: string;
  /** sha256 of the file's bytes, as the manifest lists it. */
  readonly sha256: string;
}

export interface AddedJsonArtifact extends AddedArtifact {
  /** The hash embedded in the file (of its canonical content without that field). */
  readonly embeddedSha256: string;
}

// A plain file name: no directory, no leading dot, nothing a shell or a manifest has to escape.
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The files one run produces, as data: names, bytes and hashes, plus the SHA256SUMS that lists them.
 * Writing them is an adapter's job. Every `*.json` file is sealed (embeds its own sha256), because
 * `verifyArtifacts` checks that of every JSON file; any other text (markdown, YAML, JSONL) is hashed
 * only in the manifest. Names come from this program, so a bad name is a bug and throws.
 */
export class ArtifactSet {
  private readonly byName = new Map<string, ArtifactFile>();

  addJson(name: string, obj: Record<string, unknown>): AddedJsonArtifact {
    this.checkName(name);
    if (!name.endsWith('.json')) throw new Error(`ArtifactSet: JSON artifact ${name} must be named *.json`);
    const sealed = sealJsonBytes(obj);
    const file = this.put(name, sealed.bytes, sealed.fileSha256);
    return { name, sha256: file.sha256, embeddedSha256: sealed.sha256 };
  }

  addText(name: string, text: string): AddedArtifact {
    this.checkUnsealedName(name);
    const file = this.put(name, new TextEncoder().encode(text));
    return { name, sha256: file.sha256 };
  }

  addBytes(name: string, bytes: Uint8Array): AddedArtifact {
    this.checkUnsealedName(name);
    // Copied so that a caller reusing its buffer cannot change a file after it was hashed.
    const file = this.put(name, Uint8Array.from(bytes));
    return { name, sha256: file.sha256 };
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Every file added, sorted by name (the manifest is not among them). */
  files(): readonly ArtifactFile[] {
    return [...this.byName.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
  }

  /** SHA256SUMS for the files added so far. */
  manifest(): { readonly name: typeof MANIFEST_NAME; readonly text: string } {
    return { name: MANIFEST_NAME, text: renderManifest(this.files()) };
  }

  /** `sha256` when the caller hashed the bytes on the way (sealJsonBytes does). */
  private put(name: string, bytes: Uint8Array, sha256: string = sha256Hex(bytes)): ArtifactFile {
    const file: ArtifactFile = Object.freeze({ name, bytes, sha256 });
    this.byName.set(name, file);
    return file;
  }

  private checkName(name: string): void {
    if (!PLAIN_NAME.test(name) || name.includes('..')) {
      throw new Error(
        `ArtifactSet: ${JSON.stringify(name)} is not a plain file name ([A-Za-z0-9._-], no "..")`,
      );
    }
    if (name === MANIFEST_NAME) throw new Error(`ArtifactSet: ${MANIFEST_NAME} is written by manifest()`);
    if (this.byName.has(name)) throw new Error(`ArtifactSet: ${name} added twice`);
  }

  private checkUnsealedName(name: string): void {
    this.checkName(name);
    if (name.endsWith('.json') && !UNSEALED_JSON.has(name))
      throw new Error(`ArtifactSet: ${name} is JSON; add it with addJson so it is sealed`);
  }
}
