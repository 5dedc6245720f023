"""An S3-compatible store for tests: moto's server on a free loopback port, with one bucket."""

import contextlib

import boto3
from botocore.config import Config
from moto.server import ThreadedMotoServer

BUCKET = "llr-test-uploads"
KEYS = {"access_key": "testing", "secret_key": "testing", "region_name": "eu-west-2"}


@contextlib.contextmanager
def moto_server():
    """Yields the endpoint URL of a running moto server whose bucket `BUCKET` exists."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
        region_name=KEYS["region_name"],
    )
    # moto keeps its store in this process: a server started earlier in the run made it already.
    with contextlib.suppress(s3.exceptions.BucketAlreadyOwnedByYou):
        s3.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": KEYS["region_name"]}
        )
    try:
        yield endpoint
    finally:
        server.stop()


def object_storage(endpoint_url):
    """STORAGES for tests with the default storage in the bucket at `endpoint_url`."""
    options = {
        "bucket_name": BUCKET,
        "endpoint_url": endpoint_url,
        "default_acl": "private",
        "file_overwrite": False,
        "client_config": Config(
            connect_timeout=1, read_timeout=5, retries={"mode": "standard", "max_attempts": 1}
        ),
        **KEYS,
    }
    return {
        "default": {"BACKEND": "uploads.storage.ObjectStorage", "OPTIONS": options},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def object_storage_environment(endpoint_url):
    """The same store for a server started with the site's environment variables."""
    return {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint_url,
        "AWS_S3_REGION_NAME": KEYS["region_name"],
        "AWS_ACCESS_KEY_ID": KEYS["access_key"],
        "AWS_SECRET_ACCESS_KEY": KEYS["secret_key"],
    }
