# syntax=docker/dockerfile:1
# The production server: `docker build -t clip-viewer . && docker run -p 3000:3000 clip-viewer`

# Build: dev dependencies, the client (Vite) and the server bundle (esbuild).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The lockfile lacks other platforms' optional binaries on some mirrors, so not `npm ci`.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# Run: Node and the self-contained bundle, no node_modules. Debian's ffmpeg makes the
# simulator's media; for a slimmer image without it, drop the apt-get line and run with
# SIMULATOR=off (the Demo provider then goes away), or run the bundle on a distroless Node.
# HEALTHCHECK is Docker-format: with buildah or podman, build with `--format docker` to keep it.
FROM node:20-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/dist/client ./dist/client
COPY --from=build /app/dist/server ./dist/server
# The simulator caches generated media here; the server runs as the image's non-root user.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SIM_MEDIA_DIR=/app/.cache/sim-media
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself, for a graceful shutdown. The heap flags are
# `npm start`'s: a small young generation, and an old one grown by a quarter past what is live.
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=25", "dist/server/node.mjs"]
