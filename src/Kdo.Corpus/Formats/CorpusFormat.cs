namespace Kdo.Corpus.Formats;

/// <summary>The corpus file formats Kdo reads and writes; <see cref="CorpusFiles"/> reads and writes each.</summary>
public enum CorpusFormat
{
    /// <summary>JSON Lines in Hugging Face datasets style: one document per line with "tokens" and "ner_tags".</summary>
    Jsonl,

    /// <summary>CoNLL/IOB2 columns: a word and its tag per line, blank lines between sentences, -DOCSTART- marks.</summary>
    Conll,

    /// <summary>Label Studio's JSON export: an array of tasks with text and character-span annotations.</summary>
    LabelStudio,

    /// <summary>Doccano's JSONL export: one text per line with its character-span labels.</summary>
    Doccano,

    /// <summary>Raw text: read as one untagged document; written as the documents' text.</summary>
    Text,
}
