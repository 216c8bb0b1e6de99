// The console (工作台, issue 12) in the browser. Bundled by src/http/console.ts
// with esbuild into one script and one stylesheet served by the hub itself: no
// CDN, no inline script. CommonJS so that ESLint reads it like the other plain
// .js files; esbuild bundles the ES modules it requires (echarts).
require('./console.css');
require('./app').start();
