namespace Kdo.Training.Tests;

public class ReduceLrOnPlateauTests
{
    [Fact]
    public void Drops_after_more_than_patience_bad_epochs_as_pytorch_does()
    {
        var schedule = new ReduceLrOnPlateau(2e-5, patience: 5, factor: 0.1);
        Assert.False(schedule.Step(1.0));
        // Five bad epochs are tolerated; the sixth lowers the rate.
        for (var i = 0; i < 5; i++)
            Assert.False(schedule.Step(1.0));
        Assert.True(schedule.Step(1.0));
        Assert.Equal(2e-6, schedule.LearningRate, 15);
        Assert.Equal(0, schedule.BadEpochs);
    }

    [Fact]
    public void An_improvement_below_the_relative_threshold_does_not_count()
    {
        var schedule = new ReduceLrOnPlateau(1e-3, patience: 0, factor: 0.5, threshold: 0.01);
        schedule.Step(1.0);
        Assert.True(schedule.Step(0.995)); // 0.5% better: not enough for a 1% threshold
        Assert.Equal(5e-4, schedule.LearningRate, 15);
        Assert.False(schedule.Step(0.9)); // 10% better: counts, resets
        Assert.Equal(0.9, schedule.Best);
    }

    [Fact]
    public void Cooldown_and_floor_are_respected()
    {
        var schedule = new ReduceLrOnPlateau(1.0, patience: 0, factor: 0.5, cooldown: 2, minLearningRate: 0.3);
        schedule.Step(1.0);
        Assert.True(schedule.Step(2.0));
        Assert.False(schedule.Step(2.0)); // cooldown
        Assert.False(schedule.Step(2.0)); // cooldown
        Assert.True(schedule.Step(2.0));
        Assert.Equal(0.3, schedule.LearningRate, 15);
        Assert.False(schedule.Step(2.0)); // at the floor: nothing left to lower (after cooldown)
        Assert.False(schedule.Step(2.0));
        Assert.False(schedule.Step(2.0));
        Assert.Equal(0.3, schedule.LearningRate, 15);
    }

    [Fact]
    public void State_round_trips()
    {
        var a = new ReduceLrOnPlateau(1e-3, patience: 2);
        foreach (var loss in new[] { 1.0, 0.9, 0.95, 0.97 })
            a.Step(loss);
        var b = new ReduceLrOnPlateau(1e-3, patience: 2);
        b.Restore(a.Save());
        foreach (var loss in new[] { 0.99, 0.98, 0.97, 0.5 })
            Assert.Equal(a.Step(loss), b.Step(loss));
        Assert.Equal(a.Save(), b.Save());
    }
}

public class EarlyStoppingTests
{
    [Fact]
    public void Stops_after_patience_epochs_without_gain_and_remembers_the_best()
    {
        var stopping = new EarlyStopping(patience: 3);
        Assert.True(stopping.Step(1, 0.5));
        Assert.True(stopping.Step(2, 0.6));
        Assert.False(stopping.Step(3, 0.6)); // equal is no gain
        Assert.False(stopping.Step(4, 0.55));
        Assert.False(stopping.ShouldStop);
        Assert.False(stopping.Step(5, 0.59));
        Assert.True(stopping.ShouldStop);
        Assert.Equal(2, stopping.BestEpoch);
        Assert.Equal(0.6, stopping.Best);
    }

    [Fact]
    public void A_gain_resets_the_count()
    {
        var stopping = new EarlyStopping(patience: 2);
        stopping.Step(1, 0.1);
        stopping.Step(2, 0.1);
        Assert.True(stopping.Step(3, 0.2));
        Assert.Equal(0, stopping.EpochsWithoutGain);
        Assert.False(stopping.ShouldStop);
    }
}
