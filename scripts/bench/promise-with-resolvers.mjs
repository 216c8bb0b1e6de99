// Promise.withResolvers (ES2024) for Node 20: PostGraphile 5 (grafast, @dataplan/pg)
// calls it and Node has it only from 22. Loaded before anything else in the
// PostGraphile host process with `node --import` (scripts/bench/hosts.ts).
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
