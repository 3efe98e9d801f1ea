using System.ClientModel;
using System.ClientModel.Primitives;
using Kdo.Corpus;
using Kdo.Corpus.Text;
using Kdo.Extraction.Records;
using Kdo.Extraction.Rules;
using Kdo.Extraction.Tagging;
using OpenAI;
using OpenAI.Chat;

namespace Kdo.Extraction.Llm;

/// <summary>
/// The zero-shot LLM baseline as a tagger: the document's text goes to an OpenAI-compatible chat endpoint with a
/// prompt that asks for the debtor's five fields as JSON (<see cref="LlmAnswer"/>); each answered value is located
/// in the text (<see cref="LlmValueLocator"/>) and its words labelled, so that the answer is decoded, validated,
/// matched and scored like any tagger's. A found value is labelled with 0.9 at every place it stands; a not-sure
/// value with 0.35 at its first place only, so that the record says NotSure at the default thresholds. An answer
/// that is not JSON labels nothing (every field not found) and is counted in <see cref="MalformedAnswers"/>; a
/// failed request (after retries) is an exception. Nothing is logged; only the document's text is sent.
/// </summary>
public sealed class LlmTagger : IWordTagger
{
    private const float FoundScore = 0.9f;
    private const float NotSureScore = 0.35f;
    private readonly ChatClient _client;
    private readonly LlmOptions _options;

    /// <summary>A tagger that asks the endpoint of <paramref name="options"/>.</summary>
    public LlmTagger(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCharacters, 1);
        _options = options;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
        };
        _client = new ChatClient(options.Model, new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey), clientOptions);
    }

    /// <inheritdoc/>
    public string Name => "llm:" + _options.Model;

    /// <inheritdoc/>
    public LabelScheme Labels => LabelScheme.Default;

    /// <summary>How many answers held no JSON object; their documents have every field not found.</summary>
    public int MalformedAnswers { get; private set; }

    /// <inheritdoc/>
    public WordProbabilities Tag(Document document)
    {
        var (text, spans) = DocumentLayout.Of(document);
        var sent = text.Length > _options.MaxCharacters ? text[.._options.MaxCharacters] : text;
        ChatCompletion completion = _client.CompleteChat(
            [new SystemChatMessage(LlmAnswer.SystemPrompt), new UserChatMessage(LlmAnswer.UserPrompt(sent))],
            new ChatCompletionOptions { Temperature = 0 });
        var answer = LlmAnswer.Parse(completion.Content.Count > 0 ? string.Concat(completion.Content.Select(p => p.Text)) : null);
        if (answer is null)
        {
            MalformedAnswers++;
            return SpanTags.ToProbabilities(Labels, spans, []);
        }
        var found = new List<Recognition>();
        foreach (var (field, value) in answer)
        {
            if (value.Status == FieldStatus.NotFound || value.Value is null)
                continue;
            var places = LlmValueLocator.Locate(text, field, value.Value);
            if (value.Status == FieldStatus.NotSure)
                places = places.Take(1);
            var score = value.Status == FieldStatus.Found ? FoundScore : NotSureScore;
            found.AddRange(places.Select(p => new Recognition(p.Start, p.End, field.EntityType(), score)));
        }
        return SpanTags.ToProbabilities(Labels, spans, found);
    }
}
