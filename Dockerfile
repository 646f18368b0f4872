# convention-monitor: the daemon as a container.
# Build: docker build -t convention-monitor .   Run: see deploy/compose.yml

FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir build==1.6.1
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY feeds ./feeds
COPY migrations ./migrations
RUN python -m build --wheel --outdir /dist

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CONVMON_DATA_DIR=/data
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin convmon \
    && mkdir -p /data \
    && chown convmon /data
COPY --from=build /dist/ /tmp/dist/
RUN pip install --no-cache-dir /tmp/dist/*.whl \
    && rm -rf /tmp/dist
USER 10001
WORKDIR /data
VOLUME /data
HEALTHCHECK --interval=60s --timeout=15s --start-period=90s --retries=3 CMD ["convmon", "health"]
ENTRYPOINT ["convmon"]
CMD ["run"]
