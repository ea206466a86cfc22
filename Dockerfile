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
VOLUME ["/app/data"]
EXPOSE 8443
CMD ["node", "--import", "tsx", "src/main.ts"]
