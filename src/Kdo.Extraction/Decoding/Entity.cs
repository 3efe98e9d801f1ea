namespace Kdo.Extraction.Decoding;

/// <summary>
/// A span of words that decoding labelled with one entity type.
/// </summary>
/// <param name="Type">The entity type, the label without B-/I- ("rc", "prijmeni").</param>
/// <param name="Text">The characters the entity covers in the document's text, as written.</param>
/// <param name="Start">The index of the first character in the document's text (UTF-16, as .NET strings count).</param>
/// <param name="End">The index just after the last character.</param>
/// <param name="FirstWord">The index of the first word.</param>
/// <param name="EndWord">The index just after the last word.</param>
/// <param name="Confidence">The mean, over the entity's words, of the probability that the word is of this type (B- plus I-).</param>
public sealed record Entity(string Type, string Text, int Start, int End, int FirstWord, int EndWord, float Confidence);
