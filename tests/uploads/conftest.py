"""An S3-compatible store for the tests: moto's server on a free loopback port."""

import socket

import boto3
import pytest
from botocore.config import Config
from moto.server import ThreadedMotoServer

BUCKET = "llr-test-uploads"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing", "region_name": "eu-west-2"}


def object_storage(endpoint_url, **extra):
    options = {
        "bucket_name": BUCKET,
        "endpoint_url": endpoint_url,
        "default_acl": "private",
        "file_overwrite": False,
        "client_config": Config(
            connect_timeout=1, read_timeout=5, retries={"mode": "standard", "max_attempts": 1}
        ),
        **CREDENTIALS,
        **extra,
    }
    return {
        "default": {"BACKEND": "uploads.storage.ObjectStorage", "OPTIONS": options},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def moto_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="eu-west-2",
    ).create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    yield endpoint
    server.stop()


@pytest.fixture
def closed_endpoint():
    """The address of a port nothing listens on: an object store that cannot be reached."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
