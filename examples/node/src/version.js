/** Compares two dotted versions ("1.10.0" > "1.9.2"); pre-releases sort before their release. */
export function compareVersions(a, b) {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < Math.max(coreA.length, coreB.length); i++) {
    const d = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (preA === preB) return 0;
  if (preA === null) return 1;
  if (preB === null) return -1;
  return preA < preB ? -1 : 1;
}

/** The highest of the versions, or null for none. */
export function latest(versions) {
  let best = null;
  for (const v of versions) if (best === null || compareVersions(v, best) > 0) best = v;
  return best;
}

/** Whether `version` satisfies a caret range such as "^1.4". */
export function satisfiesCaret(version, range) {
  if (!range.startsWith('^')) throw new SyntaxError(`only caret ranges are supported: "${range}"`);
  const [min] = split(range.slice(1));
  const [core, pre] = split(version);
  if (pre !== null) return false;
  if (core[0] !== min[0]) return false;
  return compareVersions(version, range.slice(1)) >= 0;
}

function split(v) {
  const m = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?$/.exec(v);
  if (!m) throw new SyntaxError(`not a version: "${v}"`);
  return [m[1].split('.').map(Number), m[2] ?? null];
}

/** The next version: "1.4.2" bumped by "minor" is "1.5.0". Not tested yet: the ladder shows it. */
export function bump(version, part) {
  const [[major = 0, minor = 0, patch = 0]] = split(version);
  switch (part) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    default:
      throw new RangeError(`not a part of a version: "${part}"`);
  }
}
