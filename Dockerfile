# syntax=docker/dockerfile:1

# Build stage: install exactly the locked dependencies, then build the site and its search index.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so a content change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Where the site will live (README: "Deploy"); the defaults serve it at a domain root.
ARG SITE_URL=https://docker-interview.example.com
ARG BASE_PATH=/
RUN SITE_URL="$SITE_URL" BASE_PATH="$BASE_PATH" npm run build

# Serve stage: nginx as an unprivileged user, only the built files and the server config.
FROM nginxinc/nginx-unprivileged:1.28.0-alpine3.21-slim AS serve
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY deploy/redirects.conf /etc/nginx/snippets/redirects.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
CMD ["nginx", "-g", "daemon off;"]
