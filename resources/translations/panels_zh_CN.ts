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
        <source>a (weighted input)</source>
        <translation>a（加权输入）</translation>
    </message>
    <message>
        <source>Grey bands: saturated, |h&apos;(a)| &lt; 5% of its largest value (the slope backprop multiplies by is nearly zero)</source>
        <translation>灰色区域：饱和区，|h&apos;(a)| &lt; 其最大值的 5%（反向传播所乘的斜率几乎为零）</translation>
    </message>
    <message>
        <source>h&apos;(a), the slope</source>
        <translation>h&apos;(a)，即斜率</translation>
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
        <source>Layer %1: %2</source>
        <translation>第 %1 层：%2</translation>
    </message>
    <message>
        <source>here a = %1, z = %2</source>
        <translation>此处 a = %1，z = %2</translation>
    </message>
    <message>
        <source>Softmax: this neuron&apos;s share as its a varies, the other neurons&apos; a fixed</source>
        <translation>Softmax：其他神经元的 a 固定时，本神经元的份额随其 a 的变化</translation>
    </message>
</context>
<context>
    <name>ComputationPanel</name>
    <message>
        <source>Matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <source>Show the whole layer as A = X · W + B, with the arrays and their shapes</source>
        <translation>以 A = X · W + B 显示整层，附数组及其形状</translation>
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
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>Target t</source>
        <translation>目标 t</translation>
    </message>
    <message>
        <source>Output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 inputs; select an input neuron on the canvas to edit any of them.</source>
        <translation>仅显示 %2 个输入中的前 %1 个；在画布上选中输入神经元即可编辑任意一个。</translation>
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
        <source>δ = ∂E/∂a of each neuron the backward pass has computed, by layer</source>
        <translation>反向传播已计算的每个神经元的 δ = ∂E/∂a，按层排列</translation>
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
</context>
<context>
    <name>LayerPage</name>
    <message>
        <source>Drag PReLU slope</source>
        <translation>拖动 PReLU 斜率</translation>
    </message>
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
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
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
        <source>Weighted input a</source>
        <translation>加权输入 a</translation>
    </message>
    <message>
        <source>Output z</source>
        <translation>输出 z</translation>
    </message>
    <message>
        <source>δ = ∂E/∂a</source>
        <translation>δ = ∂E/∂a</translation>
    </message>
    <message>
        <source>Incoming weights
(from %1)</source>
        <translation>输入权重
（来自%1）</translation>
    </message>
    <message>
        <source>Outgoing weights
(to %1)</source>
        <translation>输出权重
（通往%1）</translation>
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
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Backward · layer %1 (%2) · neuron %3</source>
        <translation>反向传播 · 第 %1 层（%2）· 第 %3 个神经元</translation>
    </message>
    <message>
        <source>Forward · layer %1 (%2) · neuron %3</source>
        <translation>前向传播 · 第 %1 层（%2）· 第 %3 个神经元</translation>
    </message>
    <message>
        <source>Layer %1 is complete:</source>
        <translation>第 %1 层计算完毕：</translation>
    </message>
    <message>
        <source>Weighted input a = Σ x·w + b, then output z = h(a)</source>
        <translation>先求加权输入 a = Σ x·w + b，再求输出 z = h(a)</translation>
    </message>
    <message>
        <source>Softmax: the exponentials of (a − max), their sum, and this neuron&apos;s share</source>
        <translation>Softmax：(a − max) 的指数、它们的和，以及本神经元所占的份额</translation>
    </message>
    <message>
        <source>Subtracting the max changes nothing (e^max cancels above and below) but keeps e^a from overflowing. Without it:</source>
        <translation>减去最大值不改变结果（分子分母中的 e^max 相互抵消），却能防止 e^a 溢出。不减时：</translation>
    </message>
    <message>
        <source>e^a / Σ e^a = inf / inf = nan (overflow)</source>
        <translation>e^a / Σ e^a = inf / inf = nan（溢出）</translation>
    </message>
    <message>
        <source>δ = ∂E/∂a: how much the loss E changes with this neuron&apos;s weighted input a</source>
        <translation>δ = ∂E/∂a：损失 E 随本神经元加权输入 a 变化的快慢</translation>
    </message>
    <message>
        <source>Gradients of the incoming weights (x·δ) and of the bias (δ):</source>
        <translation>输入权重的梯度（x·δ）和偏置的梯度（δ）：</translation>
    </message>
    <message>
        <source>Apply update: w ← w − η·∂E/∂w, b ← b − η·∂E/∂b (η: the learning rate)</source>
        <translation>应用更新：w ← w − η·∂E/∂w，b ← b − η·∂E/∂b（η 为学习率）</translation>
    </message>
    <message>
        <source>Softmax mixes the whole layer (its full Jacobian): δ is z times how far this neuron&apos;s ∂E/∂z lies above the z-weighted mean of the layer&apos;s ∂E/∂z</source>
        <translation>softmax 把整层混在一起（完整的雅可比矩阵）：δ 等于 z 乘以本神经元的 ∂E/∂z 超出整层 ∂E/∂z 按 z 加权平均值的部分</translation>
    </message>
    <message>
        <source>With cross-entropy loss this simplifies to δ = y − t</source>
        <translation>使用交叉熵损失时，它化简为 δ = y − t</translation>
    </message>
    <message>
        <source>The error arriving from layer %1: Σ_k w_jk·δ_k</source>
        <translation>从第 %1 层传回的误差：Σ_k w_jk·δ_k</translation>
    </message>
    <message>
        <source>Layer %1 in matrix form (the whole layer at once)</source>
        <translation>第 %1 层的矩阵形式（整层一次算完）</translation>
    </message>
    <message>
        <source>Layer %1 backward in matrix form</source>
        <translation>第 %1 层反向传播的矩阵形式</translation>
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
    <message>
        <source>Softmax mixes the whole layer: each δ is its z times (its ∂E/∂z minus the z-weighted sum ∂E/∂Z·Z), not ∂E/∂Z ⊙ h&apos;(A)</source>
        <translation>softmax 把整层混在一起：每个 δ 等于它的 z 乘以（它的 ∂E/∂z 减去按 z 加权的和 ∂E/∂Z·Z），而不是 ∂E/∂Z ⊙ h&apos;(A)</translation>
    </message>
</context>
</TS>
