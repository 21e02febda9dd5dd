from fastapi import APIRouter, Request, Response

from jobmatch.core import metrics
from jobmatch.services import health

router = APIRouter(tags=["operations"])


@router.get("/metrics", response_class=Response)
async def prometheus_metrics(request: Request) -> Response:
    """Prometheus metrics of this api process, with the queue depth and worker liveness."""
    state = request.app.state
    queue = await health.queue(state.redis, state.settings.QUEUE_NAME)
    if queue is not None:
        metrics.QUEUE_DEPTH.labels(state.settings.QUEUE_NAME).set(queue.depth)
        metrics.WORKERS_ALIVE.set(1 if queue.worker else 0)
    body, content_type = metrics.render()
    return Response(body, media_type=content_type)
