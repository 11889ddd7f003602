<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationPanel</name>
    <message>
        <source>Compare ▾</source>
        <translation>对比 ▾</translation>
    </message>
    <message>
        <source>Overlay other activation functions, e.g. step vs sigmoid, ReLU vs Leaky ReLU</source>
        <translation>叠加其他激活函数，例如阶跃函数与 sigmoid、ReLU 与 Leaky ReLU</translation>
    </message>
    <message>
        <source>⟦a⟧ (weighted input)</source>
        <translation>⟦a⟧（加权输入）</translation>
    </message>
    <message>
        <source>Grey bands: saturated, ⟦|h&apos;(a)|⟧ &lt; 5% of its largest value (the slope backprop multiplies by is nearly zero)</source>
        <translation>灰色区域：饱和区，⟦|h&apos;(a)|⟧ &lt; 其最大值的 5%（反向传播所乘的斜率几乎为零）</translation>
    </message>
    <message>
        <source>Plot ⟦a⟧ from −10 to 10, as seeds 002 and 003 do (else −5..5, as seed 001 does)</source>
        <translation>⟦a⟧ 的范围画到 −10..10，与教程 002、003 相同（否则为 −5..5，与教程 001 相同）</translation>
    </message>
    <message>
        <source>⟦h&apos;(a)⟧, the slope</source>
        <translation>⟦h&apos;(a)⟧，即斜率</translation>
    </message>
    <message>
        <source>this neuron&apos;s share</source>
        <translation>本神经元所占份额</translation>
    </message>
    <message>
        <source>here ⟦a⟧ = %1, ⟦z⟧ = %2</source>
        <translation>此处 ⟦a⟧ = %1，⟦z⟧ = %2</translation>
    </message>
    <message>
        <source>tangent</source>
        <translation>切线</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>饱和区</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ComputationPanel</name>
    <message>
        <source>Matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <source>Show the whole layer as ⟦A = X · W + B⟧, with the arrays and their shapes</source>
        <translation>以 ⟦A = X · W + B⟧ 显示整层，附数组及其形状</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this computation as plain text</source>
        <translation>将此计算过程复制为纯文本</translation>
    </message>
</context>
<context>
    <name>EdgePage</name>
    <message>
        <source>Drag weight</source>
        <translation>拖动权重</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂w</source>
        <translation>梯度 ∂E/∂w</translation>
    </message>
</context>
<context>
    <name>ExamplePage</name>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Add an example: a copy of the stepped row, after it</source>
        <translation>添加一个示例：复制当前逐步计算的行，放在它后面</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Remove the stepped row from the table</source>
        <translation>从表中删除当前逐步计算的行</translation>
    </message>
    <message>
        <source>Give every row a target, so the backward pass can run</source>
        <translation>为每一行设置目标值，这样才能进行反向传播</translation>
    </message>
    <message>
        <source>One row per example: inputs x, targets t, the network&apos;s output y and error E. Click a row to step through it; double-click a number to change it.</source>
        <translation>每行一个示例：输入 x、目标 t、网络的输出 y 和误差 E。单击某一行即可逐步计算它；双击数字可以修改。</translation>
    </message>
    <message>
        <source>This network equals one linear layer: %1</source>
        <translation>按当前的权重，这个网络等价于一个线性层：%1</translation>
    </message>
    <message>
        <source>Loss of row %1: E = %2 (%3)</source>
        <translation>第 %1 行的损失：E = %2（%3）</translation>
    </message>
    <message>
        <source>mean over the %1 rows: %2</source>
        <translation>%1 行的平均值：%2</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <source>δ per neuron</source>
        <translation>各神经元的 δ</translation>
    </message>
    <message>
        <source>mean |∂E/∂W|</source>
        <translation>平均 |∂E/∂W|</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>⟦δ = ∂E/∂a⟧ of each neuron the backward pass has computed, by layer</source>
        <translation>反向传播已计算的每个神经元的 ⟦δ = ∂E/∂a⟧，按层排列</translation>
    </message>
    <message>
        <source>The mean |∂E/∂W| of each layer&apos;s incoming weights</source>
        <translation>每层输入权重的平均 |∂E/∂W|</translation>
    </message>
    <message>
        <source>Each layer&apos;s gradient norm at every Apply update, on a log scale</source>
        <translation>每次应用更新时各层的梯度范数（对数坐标）</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Log scale (|value| in powers of ten)</source>
        <translation>对数坐标（按 10 的幂显示 |值|）</translation>
    </message>
    <message>
        <source>Small gradients show as bars too: each bar&apos;s height is log10 of its size</source>
        <translation>很小的梯度也能看到：每根柱子的高度是其绝对值的 log10</translation>
    </message>
    <message>
        <source>Step the backward pass (Shift+→) to see each neuron&apos;s δ; Apply update adds a point to the history.</source>
        <translation>逐步进行反向传播（Shift+→）即可看到每个神经元的 δ；每次应用更新会在历史中添加一个点。</translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative. Bars that shrink towards the input show vanishing gradients.</source>
        <translation>蓝色为正，橙色为负。越靠近输入层柱子越短，说明梯度在消失。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>LayerPage</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>PReLU slope α</source>
        <translation>PReLU 斜率 α</translation>
    </message>
    <message>
        <source>Drag slope</source>
        <translation>拖动斜率</translation>
    </message>
    <message>
        <source>Leaky ReLU slope</source>
        <translation>Leaky ReLU 斜率</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
</context>
<context>
    <name>MatrixText</name>
    <message>
        <source>Layer %1 in matrix form: all %2 examples (row %3 stepped)</source>
        <translation>第 %1 层的矩阵形式：全部 %2 个示例（逐步计算第 %3 行）</translation>
    </message>
    <message>
        <source>Layer %1 in matrix form (the whole layer at once)</source>
        <translation>第 %1 层的矩阵形式（一次算完整层）</translation>
    </message>
    <message>
        <source>B is added to every row: NumPy broadcasts it, as in the seeds</source>
        <translation>B 加到每一行上：NumPy 的广播，与教程中一样</translation>
    </message>
    <message>
        <source>Layer %1 backward in matrix form: all %2 examples</source>
        <translation>第 %1 层反向传播的矩阵形式：全部 %2 个示例</translation>
    </message>
    <message>
        <source>Layer %1 backward in matrix form</source>
        <translation>第 %1 层反向传播的矩阵形式</translation>
    </message>
</context>
<context>
    <name>NeuronPage</name>
    <message>
        <source>Drag bias</source>
        <translation>拖动偏置</translation>
    </message>
    <message>
        <source>Input value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Weighted input ⟦a⟧</source>
        <translation>加权输入 ⟦a⟧</translation>
    </message>
    <message>
        <source>Output ⟦z⟧</source>
        <translation>输出 ⟦z⟧</translation>
    </message>
    <message>
        <source>⟦δ = ∂E/∂a⟧</source>
        <translation>⟦δ = ∂E/∂a⟧</translation>
    </message>
    <message>
        <source>Incoming weights
from %1</source>
        <translation>输入权重
来自%1</translation>
    </message>
    <message>
        <source>Outgoing weights
to %1</source>
        <translation>输出权重
通往%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……还有 %1 个</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>%1: w = %2</source>
        <translation>%1：w = %2</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>Nothing computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Press → (Right arrow) to compute the first neuron.</source>
        <translation>按 →（右方向键）计算第一个神经元。</translation>
    </message>
    <message>
        <source>Without subtracting it:</source>
        <translation>如果不减去最大值：</translation>
    </message>
    <message>
        <source>Backward · %1 · neuron %2</source>
        <translation>反向传播 · %1 · 神经元 %2</translation>
    </message>
    <message>
        <source>Forward · %1 · neuron %2</source>
        <translation>前向传播 · %1 · 神经元 %2</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1（类别 %2）</translation>
    </message>
    <message>
        <source>Layer %1 is complete:</source>
        <translation>第 %1 层计算完毕：</translation>
    </message>
    <message>
        <source>Weighted input ⟦a = b + Σ w·x⟧, then output ⟦z = h(a)⟧</source>
        <translation>先算加权输入 ⟦a = b + Σ w·x⟧，再算输出 ⟦z = h(a)⟧</translation>
    </message>
    <message>
        <source>Softmax: this neuron&apos;s share of the layer&apos;s ⟦e^(a − max)⟧; they sum to 1</source>
        <translation>Softmax：本神经元在整层 ⟦e^(a − max)⟧ 中所占的份额；各份额之和为 1</translation>
    </message>
    <message>
        <source>Subtracting the max changes nothing (⟦e^max⟧ cancels above and below) but keeps ⟦e^a⟧ from overflowing.</source>
        <translation>减去最大值不改变结果（分子分母中的 ⟦e^max⟧ 相互抵消），但能防止 ⟦e^a⟧ 溢出。</translation>
    </message>
    <message>
        <source>e^a / Σ e^a = inf / inf = nan (overflow)</source>
        <translation>e^a / Σ e^a = inf / inf = nan（溢出）</translation>
    </message>
    <message>
        <source>Backward pass done. Apply update (Ctrl+U) takes one step: ⟦w ← w − η·∂E/∂w⟧, ⟦b ← b − η·∂E/∂b⟧</source>
        <translation>反向传播完成。应用更新（Ctrl+U）走一步：⟦w ← w − η·∂E/∂w⟧，⟦b ← b − η·∂E/∂b⟧</translation>
    </message>
    <message>
        <source>⟦δ = ∂E/∂a⟧: how much the loss E changes with this neuron&apos;s weighted input ⟦a⟧</source>
        <translation>⟦δ = ∂E/∂a⟧：损失 E 随本神经元加权输入 ⟦a⟧ 变化的快慢</translation>
    </message>
    <message>
        <source>Softmax mixes the whole layer (its full Jacobian): δ is ⟦z⟧ times how far this neuron&apos;s ⟦∂E/∂z⟧ lies above the ⟦z⟧-weighted mean of the layer&apos;s ⟦∂E/∂z⟧</source>
        <translation>softmax 把整层混在一起（完整的雅可比矩阵）：δ 等于 ⟦z⟧ 乘以本神经元的 ⟦∂E/∂z⟧ 超出整层 ⟦∂E/∂z⟧ 按 ⟦z⟧ 加权平均值的部分</translation>
    </message>
    <message>
        <source>With cross-entropy loss this simplifies to δ = y − t</source>
        <translation>使用交叉熵损失时，它化简为 δ = y − t</translation>
    </message>
    <message>
        <source>Output y = %1, target t = %2</source>
        <translation>输出 y = %1，目标 t = %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more terms, sum %1)</source>
        <translation>
            <numerusform>（另外 %n 项，和为 %1）</numerusform>
        </translation>
    </message>
</context>
</TS>
