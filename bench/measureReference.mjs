// The reference loop (../shared/bench/bare.mjs) with its process's CPU time: runs it in this
// process and prints its JSON line with cpu_ms added. Usage: node bench/measureReference.mjs PATH N SEED
const [path, n, seed] = process.argv.slice(2);
const lines = [];
const log = console.log;
console.log = (line) => lines.push(String(line));
const cpu0 = process.cpuUsage();
process.argv = [process.argv[0], path, n, seed];
await import(new URL(`file://${path}`).href);
const cpu = process.cpuUsage(cpu0);
console.log = log;
const result = JSON.parse(lines.at(-1));
console.log(JSON.stringify({ ...result, cpu_ms: +((cpu.user + cpu.system) / 1000).toFixed(1) }));
