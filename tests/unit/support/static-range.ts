/**
 * happy-dom has no StaticRange; real browsers do (the e2e tests run there). Importing this gives
 * the test's window a plain record that stands in for one (the registry only reads its fields).
 */
if (typeof window.StaticRange !== 'function') {
  Object.assign(window, {
    StaticRange: class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  });
}
