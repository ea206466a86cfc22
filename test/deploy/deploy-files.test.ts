/**
 * The deploy files are read, not run, here (no Docker daemon on the test machines): these checks keep
 * them and the documentation in step with the code. Every setting the config schema reads is documented
 * in README and .env.example; the image and compose file keep what the README's Deploy section says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../src/config.ts';
import { ROOT } from '../e2e/main-process.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('settings documentation', () => {
  it.each(CONFIG_VARIABLES)('%s is in README and .env.example', (name) => {
    expect(read('README.md')).toContain(`\`${name}\``);
    expect(read('.env.example')).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  it('keeps seeds, index and data in volumes', () => {
    expect(dockerfile).toContain('VOLUME ["/app/seeds", "/app/index", "/app/data"]');
  });
  it('checks /healthz on the metrics port it turns on', () => {
    expect(dockerfile).toMatch(/^ENV METRICS_PORT=9464$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\\\n\s+CMD \["node", "-e", "fetch\('http:\/\/127\.0\.0\.1:' \+ process\.env\.METRICS_PORT \+ '\/healthz'\)/m);
  });
  it('runs as the unprivileged node user', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});

describe('compose.yaml', () => {
  const compose = read('compose.yaml');
  it('runs the bot on the PostgreSQL it starts, with the three volumes', () => {
    expect(compose).toContain('DATABASE_URL: postgres://bot:${POSTGRES_PASSWORD}@postgres:5432/bot');
    for (const volume of ['seeds:/app/seeds', 'index:/app/index', 'data:/app/data', 'pgdata:/var/lib/postgresql/data']) expect(compose).toContain(`- ${volume}`);
    expect(compose).toMatch(/condition: service_healthy/);
  });
  it('keeps the health port on even when .env leaves METRICS_PORT empty', () => {
    expect(compose).toContain('METRICS_PORT: ${METRICS_PORT:-9464}');
    // .env.example is copied to .env: an empty METRICS_PORT= there would override the image's 9464.
    expect(read('.env.example')).not.toMatch(/^METRICS_PORT=$/m);
  });
});
