// A @web/test-runner reporter that prints, when the run ends, the ten slowest test files: the
// time from when the runner first showed a file as started to its results (wall time, which
// waits on the other file running beside it), and its tests' own durations summed.
export function slowestFiles(count = 10) {
  const started = new Map();
  const took = new Map();
  const own = new Map();
  const sum = (suite) =>
    suite ? suite.tests.reduce((total, t) => total + (t.duration ?? 0), 0) + suite.suites.reduce((total, s) => total + sum(s), 0) : 0;
  return {
    getTestProgress({ sessions }) {
      const now = Date.now();
      for (const session of sessions)
        if (session.status !== 'SCHEDULED' && !started.has(session.testFile)) started.set(session.testFile, now);
      return [];
    },
    reportTestFileResults({ testFile, sessionsForTestFile }) {
      if (started.has(testFile)) took.set(testFile, (Date.now() - started.get(testFile)) / 1000);
      own.set(testFile, sessionsForTestFile.reduce((total, session) => total + sum(session.testResults), 0) / 1000);
    },
    stop() {
      const files = [...own.keys()].sort((a, b) => (took.get(b) ?? own.get(b)) - (took.get(a) ?? own.get(a))).slice(0, count);
      const cwd = `${process.cwd()}/`;
      process.stdout.write(`\nChromium test files, the slowest (wall from start to results; its tests' own time):\n`);
      for (const file of files)
        process.stdout.write(
          `  ${(took.has(file) ? `${took.get(file).toFixed(1)} s` : '?').padStart(8)}  ${`${own.get(file).toFixed(1)} s`.padStart(8)}  ${file.replace(cwd, '')}\n`,
        );
    },
  };
}
