# syntax=docker/dockerfile:1
# Build stage: installs dependencies (better-sqlite3 compiles here). CI type-checks and tests; the image
# runs the TypeScript sources through tsx, so there is no separate compile step.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY seeds ./seeds
COPY index ./index
# Production dependencies only (tsx runs the TypeScript sources; it is a runtime dependency).
RUN npm prune --omit=dev

# Runtime stage: non-root user, no compilers, no dev dependencies.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/src ./src
COPY --from=build /app/seeds ./seeds
COPY --from=build /app/index ./index
RUN mkdir -p /app/data && chown -R node:node /app/data /app/index /app/seeds
USER node
# The image serves /healthz (and /metrics) on 127.0.0.1:9464 inside the container, for HEALTHCHECK.
# METRICS_HOST=0.0.0.0 lets a Prometheus in another container scrape it; an empty METRICS_PORT turns
# it off (then run with --no-healthcheck, or the container is reported unhealthy).
ENV METRICS_PORT=9464
# Articles ingested into a running container (seeds/), the index built from them, and the SQLite
# database (data/) outlive the container. Named volumes start as a copy of the image's seeds/ and index/.
VOLUME ["/app/seeds", "/app/index", "/app/data"]
# 8443: the webhook (BOT_MODE=webhook); 9464: /healthz and /metrics.
EXPOSE 8443 9464
# Healthy once the index is loaded and the database answers (see README, "Health and metrics"). The
# start period covers loading (or rebuilding) a large index. No curl in the slim image: Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.METRICS_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main.ts"]
