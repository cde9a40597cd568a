# syntax=docker/dockerfile:1
# ruleid: df-image-without-tag
FROM alpine
# ok: df-image-without-tag, df-platform-option
from alpine:3.20 AS base
# ruleid: df-platform-option
FROM --platform=linux/arm64 registry.example.com:5000/team/app@sha256:0123abcd AS build
# ruleid: df-image-without-tag
FROM registry.example.com:5000/team/app

# ruleid: df-install-without-yes
RUN apt-get update && apt-get install \
    # a comment line inside the continuation
    curl
# ok: df-install-without-yes
run apt-get update \
 && apt-get install -y --no-install-recommends curl
# ok: df-install-without-yes
RUN echo "apt-get install"

# ruleid: df-bare-bash-command
RUN curl -fsSL https://example.com/setup.sh | bash
# ok: df-bare-bash-command
RUN curl -fsSL -o setup.sh https://example.com/setup.sh

# ok: df-secret-arg
ARG COLOR="token token"
# ruleid: df-secret-arg
ARG GITHUB_TOKEN
# ruleid: df-secret-arg
ARG NPM_TOKEN=abc

# ok: df-env-pair
ENV MODE=debug LEVEL=2
# ruleid: df-env-pair
ENV A=1 DEBUG=1 B=2

# ruleid: df-first-command-cd
RUN cd /src
# ok: df-first-command-cd
RUN cd /src && make
# ok: df-first-command-cd
RUN make && cd /src

# ruleid: df-shell-form-cmd, df-user-then-cmd
CMD node server.js
USER app
# ok: df-shell-form-cmd, df-user-then-cmd
CMD ["node", "server.js"]
