// Runs one call of the real @actions/artifact client, in its own Node 24 process, the way the
// action will (the package reads its environment at import and when called). The command comes
// as JSON in argv[2]; the outcome is printed as one line after a marker (see artifacts.ts).
/* global process */
const MARKER = '@@test-ladder-artifact-client@@';

const command = JSON.parse(process.argv[2] ?? '{}');

function print(outcome) {
  process.stdout.write(`\n${MARKER}${JSON.stringify(outcome)}\n`);
}

try {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = command.findBy === undefined ? {} : { findBy: command.findBy };
  let result;
  switch (command.op) {
    case 'upload':
      result = await client.uploadArtifact(
        command.name,
        command.files,
        command.rootDirectory,
        command.options ?? {},
      );
      break;
    case 'list':
      result = await client.listArtifacts({ latest: command.latest ?? false, ...findBy });
      break;
    case 'get':
      result = await client.getArtifact(command.name, findBy);
      break;
    case 'download':
      result = await client.downloadArtifact(command.id, {
        path: command.path,
        ...(command.expectedHash === undefined ? {} : { expectedHash: command.expectedHash }),
        ...findBy,
      });
      break;
    case 'delete':
      result = await client.deleteArtifact(command.name, findBy);
      break;
    default:
      throw new Error(`unknown op ${String(command.op)}`);
  }
  print({ ok: true, result });
} catch (error) {
  print({
    ok: false,
    error: {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    },
  });
  process.exitCode = 1;
}
