# The mock tenant as a container (issue 12). Build and run (see README, "The mock tenant in a container"):
#   docker build -t outlook-mock .
#   docker run --rm -p 127.0.0.1:8765:8765 -v "$PWD/examples:/tenant:ro" outlook-mock \
#       --tenant-file /tenant/tenant.yaml --seed /tenant/seed.yaml
# Arguments after the image name are `outlook-mock serve` options (the host and port are set here).
# BASE: any Debian-like image with Python 3.11 and its venv module (the default is the official slim image).
ARG BASE=python:3.11-slim
FROM ${BASE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/outlook-mock/bin:$PATH

# Only what the package needs (.dockerignore keeps everything else out of the context), installed with the
# project's exact pins into a virtual environment of its own.
WORKDIR /src
COPY pyproject.toml constraints.txt README.md ./
COPY outlook_mock ./outlook_mock
COPY generated ./generated
RUN python3 -m venv /opt/outlook-mock \
    && /opt/outlook-mock/bin/pip install --constraint constraints.txt . \
    && rm -rf /src

# A non-root user; /data (the data dir: `--data-dir /data`, the state kept across restarts) is the only place it
# writes, /tenant holds the tenant and seed files.
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin mock \
    && mkdir -p /data /tenant \
    && chown mock /data
USER 10001
WORKDIR /data
VOLUME ["/data", "/tenant"]

EXPOSE 8765
# Ready when /_mock/health answers 200 (no token needed).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python3", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8765/_mock/health', timeout=2).status != 200)"]
ENTRYPOINT ["outlook-mock", "serve", "--host", "0.0.0.0", "--port", "8765", "--data-dir", "/data"]
CMD []
