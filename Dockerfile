# syntax=docker/dockerfile:1
# The production server: `docker build -t clip-viewer . && docker run -p 3000:3000 clip-viewer`
# Without ffmpeg (about 300 MB smaller, the Demo still plays from the media the build made):
# `docker build --build-arg RUNTIME=slim -t clip-viewer:slim .`
ARG RUNTIME=ffmpeg

# Build: dev dependencies, the client (Vite), the Demo's media and the server bundle (esbuild).
# The optional npm package @ffmpeg-installer/ffmpeg brings ffmpeg here, so `npm run build`
# renders the Demo's media once into dist/client/sim-media (its log says so, or says why not).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The lockfile lacks other platforms' optional binaries on some mirrors, so not `npm ci`.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# The run stage's base. slim: Node alone; the Demo serves the prebuilt media and answers 404
# for any file the build could not make. ffmpeg: Debian's ffmpeg as well, so such a file is
# made on first request instead (only needed when the build stage had no ffmpeg).
FROM node:20-slim AS runtime-base-slim
FROM node:20-slim AS runtime-base-ffmpeg
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg \
  && rm -rf /var/lib/apt/lists/*

# Run: Node and the self-contained bundle, no node_modules. For a smaller image still, run the
# bundle on gcr.io/distroless/nodejs20-debian12 (it needs nothing but Node).
# HEALTHCHECK is Docker-format: with buildah or podman, build with `--format docker` to keep it.
FROM runtime-base-${RUNTIME} AS runtime
WORKDIR /app
COPY --from=build /app/dist/client ./dist/client
COPY --from=build /app/dist/server ./dist/server
# Media the build did not make is cached here (ffmpeg variant); the server runs as the image's
# non-root user. The prebuilt media is read from dist/client/sim-media.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SIM_MEDIA_DIR=/app/.cache/sim-media
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself, for a graceful shutdown. The heap flags are
# `npm start`'s: a small young generation, and an old one grown by a quarter past what is live.
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=25", "dist/server/node.mjs"]
