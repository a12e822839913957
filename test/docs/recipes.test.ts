import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job } from 'kubernetes-models/batch/v1';
import { PersistentVolumeClaim } from 'kubernetes-models/v1';
import { parse, parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/commands/runCli.js';

const RECIPES = join(ROOT, 'docs/recipes');
const WORKFLOW = join(RECIPES, 'github-actions.yml');
const K8S = ['kubernetes-shards.yaml', 'kubernetes-merge.yaml'].map((f) => join(RECIPES, f));
const scratch = mkdtempSync(join(tmpdir(), 'claimsim-recipes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** @action-validator/cli on a workflow file: its exit status and what it said. */
function actionValidator(file: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), file], { encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** The Kubernetes objects of a manifest, each validated against the Kubernetes schemas (kubernetes-models throws otherwise). */
function kubernetesObjects(file: string): (Job | PersistentVolumeClaim)[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
    const o = d.toJS() as { kind: string };
    const model = o.kind === 'Job' ? new Job(o as never) : o.kind === 'PersistentVolumeClaim' ? new PersistentVolumeClaim(o as never) : null;
    if (!model) throw new Error(`${file}: unexpected kind ${o.kind}`);
    model.validate();
    return model;
  });
}

describe('docs/recipes: the GitHub Actions workflow', () => {
  it('passes @action-validator/cli', () => {
    const r = actionValidator(WORKFLOW);
    expect(r.status, r.output).toBe(0);
  });

  it('the validator is not blind: a job that needs a job that does not exist is refused', () => {
    const broken = join(scratch, 'broken.yml');
    writeFileSync(broken, readFileSync(WORKFLOW, 'utf8').replace('needs: shard', 'needs: shards'));
    const r = actionValidator(broken);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('unresolved_job');
  });
});

describe('docs/recipes: the Kubernetes Indexed Job and the merge Job', () => {
  it('are valid Kubernetes objects: an Indexed Job of N completions on a shared volume, then a merge of shards 0 … N − 1', () => {
    const [pvc, shards] = kubernetesObjects(K8S[0]!) as [PersistentVolumeClaim, Job];
    const [merge] = kubernetesObjects(K8S[1]!) as [Job];
    expect(pvc.spec?.accessModes).toContain('ReadWriteMany');
    expect(shards.spec?.completionMode).toBe('Indexed');
    const n = shards.spec!.completions!;
    const container = shards.spec!.template.spec!.containers[0]!;
    expect(container.env?.find((e) => e.name === 'CLAIMSIM_SHARD_COUNT')?.value).toBe(String(n));
    expect(container.args?.join(' ')).toContain('--shard auto');
    for (const job of [shards, merge]) expect(job.spec!.template.spec!.volumes?.[0]?.persistentVolumeClaim?.claimName).toBe(pvc.metadata?.name);
    const folders = Array.from({ length: n }, (_, i) => `/shards/shard-${i}`).join(' ');
    expect(merge.spec!.template.spec!.containers[0]!.args?.join(' ')).toContain(`claimsim merge ${folders} --out`);
  });

  it('the check is not blind: completions written as text are refused', () => {
    const bad = readFileSync(K8S[0]!, 'utf8').replace('completions: 4', 'completions: four');
    const file = join(scratch, 'bad.yaml');
    writeFileSync(file, bad);
    expect(() => kubernetesObjects(file)).toThrow(/completions/);
  });
});

describe('docs/recipes: the commands they run', () => {
  it('use only commands and options claimsim has', () => {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const lines = [
      ...Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run ? [s.run] : []))),
      ...K8S.flatMap((f) => kubernetesObjects(f).flatMap((o) => (o instanceof Job ? o.spec!.template.spec!.containers.flatMap((c) => c.args ?? []) : []))),
    ];
    const commands = lines
      .flatMap((l) => l.split('&&'))
      .flatMap((l) => [...l.matchAll(/npx claimsim (\w+)(.*)/g)])
      .map((m) => ({ command: m[1]!, options: [...m[2]!.matchAll(/(?<=\s)--?[a-z][\w-]*/g)].map((o) => o[0]) }));
    expect(new Set(commands.map((c) => c.command))).toEqual(new Set(['run', 'simulate', 'merge', 'report']));
    const help = new Map<string, string>();
    for (const { command, options } of commands) {
      if (!help.has(command)) help.set(command, runCli([command, '--help']).stdout);
      for (const option of options) expect(help.get(command), `claimsim ${command} ${option}`).toMatch(new RegExp(`(^|[ ,])${option}[ ,<]`, 'm'));
    }
  });
});
