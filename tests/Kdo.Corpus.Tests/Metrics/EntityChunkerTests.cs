using Kdo.Corpus.Metrics;

namespace Kdo.Corpus.Tests.Metrics;

public class EntityChunkerTests
{
    [Fact]
    public void Default_mode_starts_entities_at_I_and_splits_on_type_change()
    {
        Assert.Equal([new("a", 0, 1), new("b", 2, 2), new("c", 3, 3)],
            EntityChunker.Entities([["I-a", "I-a", "B-b", "I-c"]]));
    }

    [Fact]
    public void Default_mode_reads_E_S_and_typeless_tags()
    {
        Assert.Equal([new("_", 0, 1), new("_", 2, 2), new("_", 3, 3), new("x", 4, 5), new("y", 6, 6)],
            EntityChunker.Entities([["B", "I", "S", "E", "B-x", "E-x", "S-y"]]));
    }

    [Fact]
    public void Default_mode_offsets_count_one_O_after_every_sentence()
    {
        Assert.Equal([new("a", 0, 0), new("b", 3, 4), new("c", 7, 7)],
            EntityChunker.Entities([["B-a"], ["O", "B-b", "I-b"], [], ["I-c"]]));
    }

    [Fact]
    public void Default_mode_keeps_seqeval_state_across_sentences()
    {
        // A tag whose prefix is not B, I, E, S or O (here "X", type "_") neither starts nor ends a chunk after an O,
        // so the next type change closes a chunk that begins where the last one began, in an earlier sentence.
        Assert.Equal([new("a", 0, 0), new("_", 0, 2), new("b", 3, 3)],
            EntityChunker.Entities([["B-a"], ["X", "B-b"]]));
    }

    [Fact]
    public void Types_are_read_as_each_mode_reads_them()
    {
        // Default: what follows the first '-' after the prefix; strict: the rest with '-' stripped at both ends.
        Assert.Equal([new("-a-", 0, 0), new("PER", 1, 1)], EntityChunker.Entities([["B--a-", "BPER"]]));
        Assert.Equal([new(0, "a", 0, 1), new(0, "PER", 1, 2)], EntityChunker.StrictEntities([["B--a-", "BPER"]]));
    }

    [Fact]
    public void Strict_mode_takes_B_and_the_I_of_its_type_only()
    {
        Assert.Equal([new(0, "a", 1, 3), new(0, "b", 4, 5), new(1, "c", 0, 1), new(1, "c", 1, 3)],
            EntityChunker.StrictEntities([["I-a", "B-a", "I-a", "I-b", "B-b", "O", "I-b"], ["B-c", "B-c", "I-c"]]));
    }

    [Fact]
    public void Strict_mode_rejects_tags_that_are_not_IOB2()
    {
        foreach (var tag in new[] { "E-a", "S-a", "U-a", "x" })
        {
            var e = Assert.Throws<InvalidTagException>(() => EntityChunker.StrictEntities([["O", tag]]));
            Assert.Equal((0, 1), (e.Sentence, e.Token));
            Assert.Contains($"'{tag}' is not IOB2", e.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Empty_tags_are_rejected_in_both_modes()
    {
        Assert.Contains("empty", Assert.Throws<InvalidTagException>(() => EntityChunker.Entities([["O"], ["O", ""]])).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTagException>(() => EntityChunker.StrictEntities([[""]]));
        Assert.Throws<InvalidTagException>(() => EntityChunker.Entities([["O", null!]]));
    }
}
