def write(manifest, train, dev, secs):
    pass
