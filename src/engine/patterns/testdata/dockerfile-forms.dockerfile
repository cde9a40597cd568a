FROM debian:12
# ruleid: df-exec-shell-c
CMD ["sh", "-c", "echo hi"]
# ok: df-exec-shell-c
CMD ["sh", "-x", "echo hi"]
# ruleid: df-entrypoint-script
ENTRYPOINT ["/docker-entrypoint.sh", "run"]
# ok: df-entrypoint-script
ENTRYPOINT ["/usr/bin/node", "app.sh"]
# The command of a HEALTHCHECK is a CMD instruction of its own.
# ruleid: df-healthcheck-curl, df-shell-form-cmd
HEALTHCHECK --timeout=3s --interval=30s CMD curl -f http://localhost/ || exit 1
# ok: df-healthcheck-curl
# ruleid: df-shell-form-cmd
HEALTHCHECK --timeout=3s CMD curl -f http://localhost/ || exit 1
# ruleid: df-pipefail
RUN curl -s https://example.com | tar -xz
RUN <<EOF
echo "a heredoc body is shell, not instructions"
# ok: df-shell-form-cmd
CMD not-an-instruction
EOF
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# ok: df-pipefail
RUN curl -s https://example.com | tar -xz
# ruleid: df-shell-form-cmd
CMD exec node server.js
