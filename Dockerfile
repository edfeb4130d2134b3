# The server's image, built by `docker compose up --build` (docker-compose.yml). The
# sources are copied in and built here, so nothing is written into the checkout, and
# the server runs as the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci runs `prepare`, which builds the playground and explorer into public/.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
