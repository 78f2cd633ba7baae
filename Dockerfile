# One image for the paxoskv server and its client (REPL / one-shot CLI).
# Legacy-builder compatible: no BuildKit-only syntax.

# ---- build: compile TypeScript with the dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY proto ./proto
COPY scripts ./scripts
COPY server ./server
COPY client ./client
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- run: production dependencies and compiled code only, as a non-root user ----
FROM node:20-bookworm-slim
# jemalloc: freed buffers go back to the system within seconds, with no system call per
# buffer; glibc's malloc keeps a node's peak heap for good, or (tuned to map every buffer
# of 4 KiB and up) costs about twice the server CPU per request (docs/MEMORY.md).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libjemalloc2 \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PAXOSKV_HOSTFILE=/app/hostfile.txt \
    PAXOSKV_DATA_DIR=/data \
    LD_PRELOAD=libjemalloc.so.2 \
    MALLOC_CONF=background_thread:true,dirty_decay_ms:30000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json hostfile.txt ./
RUN ln -s /app/dist/server/main.js /usr/local/bin/paxoskv-server \
 && ln -s /app/dist/client/cli.js /usr/local/bin/paxoskv \
 && mkdir -p /data /images \
 && chown node:node /data /images
USER node
EXPOSE 7000
# With TLS (PAXOSKV_TLS_CERT set) the port speaks https only. The probe asks this very
# process whether it answers, so it skips certificate checks; /v1/status needs no token.
HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "const t=!!process.env.PAXOSKV_TLS_CERT;require(t?'https':'http').get((t?'https':'http')+'://127.0.0.1:7000/v1/status',{rejectUnauthorized:false},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"
ENTRYPOINT ["paxoskv-server"]
CMD ["-h", "hostfile.txt", "-n", "container0"]
