<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationPanel</name>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="108"/>
        <source>Compare ▾</source>
        <translation>对比 ▾</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="109"/>
        <source>Overlay other activation functions, e.g. step vs sigmoid, ReLU vs Leaky ReLU</source>
        <translation>叠加其他激活函数，例如阶跃函数与 sigmoid、ReLU 与 Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="113"/>
        <source>a (weighted input)</source>
        <translation>a（加权输入）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="242"/>
        <source>h&apos;(a), the slope</source>
        <translation>h&apos;(a)，即斜率</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="244"/>
        <source>this neuron (a, z)</source>
        <translation>当前神经元 (a, z)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="245"/>
        <source>tangent</source>
        <translation>切线</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="247"/>
        <source>saturated: |h&apos;(a)| &lt; 5% of its max</source>
        <translation>饱和区：|h&apos;(a)| 小于其最大值的 5%</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="258"/>
        <source>Layer {layer}: {name}</source>
        <translation>第 {layer} 层：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="260"/>
        <source>Softmax: this neuron&apos;s share as its a varies, the other neurons&apos; a fixed</source>
        <translation>Softmax：其他神经元的 a 固定时，本神经元的份额随其 a 的变化</translation>
    </message>
    <message>
        <location filename="../../ui/panels/activation_plot.py" line="265"/>
        <source>here a = {a}, z = {z}</source>
        <translation>此处 a = {a}，z = {z}</translation>
    </message>
</context>
<context>
    <name>ComputationPanel</name>
    <message>
        <location filename="../../ui/panels/computation.py" line="68"/>
        <source>Matrix form</source>
        <translation>矩阵形式</translation>
    </message>
    <message>
        <location filename="../../ui/panels/computation.py" line="69"/>
        <source>Show the whole layer as A = X · W + B, with the arrays and their shapes</source>
        <translation>以 A = X · W + B 显示整层，附数组及其形状</translation>
    </message>
    <message>
        <location filename="../../ui/panels/computation.py" line="71"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/panels/computation.py" line="72"/>
        <source>Copy this computation as plain text</source>
        <translation>将此计算过程复制为纯文本</translation>
    </message>
</context>
<context>
    <name>GradientPanel</name>
    <message>
        <location filename="../../ui/panels/gradients.py" line="71"/>
        <source>δ per neuron</source>
        <translation>各神经元的 δ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="71"/>
        <source>mean |∂E/∂W|</source>
        <translation>平均 |∂E/∂W|</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="71"/>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="72"/>
        <source>δ = ∂E/∂a of each neuron the backward pass has computed, by layer</source>
        <translation>反向传播已计算的每个神经元的 δ = ∂E/∂a，按层排列</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="73"/>
        <source>The mean |∂E/∂W| of each layer&apos;s incoming weights</source>
        <translation>每层输入权重的平均 |∂E/∂W|</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="74"/>
        <source>Each layer&apos;s gradient norm at every Apply update, on a log scale</source>
        <translation>每次应用更新时各层的梯度范数（对数坐标）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="83"/>
        <source>update</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="143"/>
        <source>Step the backward pass (Shift+→) to see each neuron&apos;s δ; Apply update adds a point to the history.</source>
        <translation>逐步进行反向传播（Shift+→）即可看到每个神经元的 δ；每次应用更新会在历史中添加一个点。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="145"/>
        <source>Blue: positive, orange: negative. Bars that shrink towards the input show vanishing gradients.</source>
        <translation>蓝色为正，橙色为负。越靠近输入层柱子越短，说明梯度在消失。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradients.py" line="154"/>
        <location filename="../../ui/panels/gradients.py" line="166"/>
        <location filename="../../ui/panels/gradients.py" line="183"/>
        <source>layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../ui/presentation.py" line="58"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="59"/>
        <source>Presentation mode (F5): full screen, large type; Esc leaves</source>
        <translation>演示模式（F5）：全屏、大字体；按 Esc 退出</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="61"/>
        <source>Full screen with large type and thick lines, for a projector (F5; Esc leaves)</source>
        <translation>全屏显示，字体更大、线条更粗，适合投影（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../ui/presentation.py" line="63"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <location filename="../../ui/step_actions.py" line="158"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="158"/>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="159"/>
        <source>Compute the next neuron</source>
        <translation>计算下一个神经元</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="160"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="160"/>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="161"/>
        <source>Undo the last step</source>
        <translation>撤销上一步计算</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="162"/>
        <source>Layer</source>
        <translation>整层</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="162"/>
        <source>Finish layer</source>
        <translation>完成本层</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="163"/>
        <source>Compute the rest of this layer</source>
        <translation>计算本层余下的神经元</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="164"/>
        <source>Pass</source>
        <translation>整轮</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="164"/>
        <source>Finish pass</source>
        <translation>完成本轮传播</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="165"/>
        <source>Compute every remaining neuron of this pass</source>
        <translation>计算本轮传播中余下的所有神经元</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="166"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="166"/>
        <source>Reset pass</source>
        <translation>重置传播</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="167"/>
        <source>Back to nothing computed</source>
        <translation>回到尚未计算的状态</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="168"/>
        <location filename="../../ui/step_actions.py" line="238"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="168"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="169"/>
        <source>Step automatically at the chosen speed</source>
        <translation>按所选速度自动单步</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="170"/>
        <source>Backprop</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="170"/>
        <source>Backward step</source>
        <translation>反向传播一步</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="171"/>
        <source>Back-propagate one neuron: its δ and its gradients (needs a target)</source>
        <translation>反向传播一个神经元：计算它的 δ 和梯度（需要目标值）</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="173"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="173"/>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="174"/>
        <source>One gradient step with the learning rate: w ← w − η·∂E/∂w (undoable)</source>
        <translation>按学习率做一次梯度下降：w ← w − η·∂E/∂w（可撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="178"/>
        <location filename="../../ui/step_actions.py" line="238"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="194"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="195"/>
        <source>Auto-play speed, in steps per second</source>
        <translation>自动播放速度，单位为步/秒</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="196"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="198"/>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <location filename="../../ui/step_actions.py" line="199"/>
        <source>The step size of Apply update: w ← w − η·∂E/∂w</source>
        <translation>应用更新的步长：w ← w − η·∂E/∂w</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../../ui/panels/step_text.py" line="40"/>
        <source>Nothing computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="41"/>
        <source>Press → (Right arrow) to compute the first neuron.</source>
        <translation>按 →（右方向键）计算第一个神经元。</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="47"/>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="47"/>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="48"/>
        <source>Backward · layer {layer} ({role}) · neuron {neuron}</source>
        <translation>反向传播 · 第 {layer} 层（{role}）· 第 {neuron} 个神经元</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="49"/>
        <source>Forward · layer {layer} ({role}) · neuron {neuron}</source>
        <translation>前向传播 · 第 {layer} 层（{role}）· 第 {neuron} 个神经元</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="54"/>
        <source>Weighted input a = Σ x·w + b, then output z = h(a)</source>
        <translation>先求加权输入 a = Σ x·w + b，再求输出 z = h(a)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="64"/>
        <source>Layer {layer} is complete:</source>
        <translation>第 {layer} 层计算完毕：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="70"/>
        <source>Softmax: the exponentials of (a − max), their sum, and this neuron&apos;s share</source>
        <translation>Softmax：(a − max) 的指数、它们的和，以及本神经元所占的份额</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="77"/>
        <source>Subtracting the max changes nothing (e^max cancels above and below) but keeps e^a from overflowing:</source>
        <translation>减去最大值不改变结果（分子分母中的 e^max 相互抵消），但能防止 e^a 溢出：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="84"/>
        <source>e^a / Σ e^a = inf / inf = nan (overflow)</source>
        <translation>e^a / Σ e^a = inf / inf = nan（溢出）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="91"/>
        <source>δ = ∂E/∂a: how much the loss E changes with this neuron&apos;s weighted input a</source>
        <translation>δ = ∂E/∂a：损失 E 随本神经元加权输入 a 变化的快慢</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="96"/>
        <source>(softmax mixes the whole layer: its full Jacobian)</source>
        <translation>（softmax 牵涉整层：需用完整的雅可比矩阵）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="101"/>
        <source>Gradients of the incoming weights (x·δ) and of the bias (δ):</source>
        <translation>输入权重的梯度（x·δ）和偏置的梯度（δ）：</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="104"/>
        <source>Apply update: w ← w − η·∂E/∂w, b ← b − η·∂E/∂b (η: the learning rate)</source>
        <translation>应用更新：w ← w − η·∂E/∂w，b ← b − η·∂E/∂b（η 为学习率）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="119"/>
        <source>The error arriving from layer {layer}: Σ_k w_jk·δ_k</source>
        <translation>从第 {layer} 层传回的误差：Σ_k w_jk·δ_k</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="130"/>
        <source>Layer {layer} in matrix form (the whole layer at once)</source>
        <translation>第 {layer} 层的矩阵形式（整层一次算完）</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="147"/>
        <source>Layer {layer} backward in matrix form</source>
        <translation>第 {layer} 层反向传播的矩阵形式</translation>
    </message>
    <message>
        <location filename="../../ui/panels/step_text.py" line="167"/>
        <source>Output y = {y}, target t = {t}</source>
        <translation>输出 y = {y}，目标 t = {t}</translation>
    </message>
</context>
</TS>
